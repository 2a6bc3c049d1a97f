/* googletag stub saved by the browser */ var googletag=googletag||{cmd:[]};
