window.reach=window.reach||{};reach.lazy=function(){};
