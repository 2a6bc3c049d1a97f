/* googletag stub */var googletag=googletag||{cmd:[]};
