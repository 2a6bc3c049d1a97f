window.park={};
