window.googletag=window.googletag||{cmd:[]};
