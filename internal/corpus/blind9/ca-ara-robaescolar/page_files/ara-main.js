window.ARA={};
