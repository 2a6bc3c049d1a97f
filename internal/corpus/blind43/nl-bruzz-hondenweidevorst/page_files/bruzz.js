window.bruzz={};
