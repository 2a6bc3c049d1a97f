var gds={};
