window.jm=window.jm||{};jm.pub=function(){};
