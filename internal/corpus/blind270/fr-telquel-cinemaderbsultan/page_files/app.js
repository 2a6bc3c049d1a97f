window.tq={};
