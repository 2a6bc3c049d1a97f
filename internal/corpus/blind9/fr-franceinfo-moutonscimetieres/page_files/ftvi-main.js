window.FTVI={};
