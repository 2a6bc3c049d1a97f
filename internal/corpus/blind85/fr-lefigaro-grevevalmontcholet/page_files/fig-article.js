window.figData={premium:true};
