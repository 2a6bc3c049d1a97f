window.khan=window.khan||{};khan.fontSize=function(s){document.documentElement.style.setProperty("--fs",s+"px")};
