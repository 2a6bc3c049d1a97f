window.wburPlayer={init:function(){}};
