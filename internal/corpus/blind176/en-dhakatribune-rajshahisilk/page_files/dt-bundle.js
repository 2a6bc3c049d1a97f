window.dt={};
