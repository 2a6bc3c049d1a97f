window.CB={};
