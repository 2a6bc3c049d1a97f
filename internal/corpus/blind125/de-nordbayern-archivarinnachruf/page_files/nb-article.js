(function(){var l=document.querySelectorAll("img.lazyload");for(var i=0;i<l.length;i++){if("IntersectionObserver"in window){}}document.documentElement.className+=" js";})();
