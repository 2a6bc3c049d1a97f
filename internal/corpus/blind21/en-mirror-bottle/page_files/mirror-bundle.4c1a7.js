window.mirrorBundle=true;
