window.GEDI={};
