window.icePlayer={};
