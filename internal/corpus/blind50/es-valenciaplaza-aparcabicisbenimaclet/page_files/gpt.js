var googletag=googletag||{cmd:[]};
