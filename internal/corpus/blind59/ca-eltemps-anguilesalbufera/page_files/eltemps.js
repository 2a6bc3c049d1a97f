window.ET={};
