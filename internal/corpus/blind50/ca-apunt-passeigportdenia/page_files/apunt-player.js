window.apuntPlayer={init:function(){}};
