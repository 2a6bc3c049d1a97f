var WM=WM||{};WM.init=function(){};
