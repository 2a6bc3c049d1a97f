window.trn={};
