window.nqReady=true;
