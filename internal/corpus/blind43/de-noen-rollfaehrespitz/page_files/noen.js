window.noen={ready:true};
