window.sabah=window.sabah||{};sabah.lazy=function(){};
