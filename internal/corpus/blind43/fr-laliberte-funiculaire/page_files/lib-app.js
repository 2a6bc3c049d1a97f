window.LIB={};
