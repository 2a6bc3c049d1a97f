window.ds=1;
