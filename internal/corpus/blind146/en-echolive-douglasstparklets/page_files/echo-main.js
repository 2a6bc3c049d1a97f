(function(){var l=document.querySelectorAll("img[data-src]");for(var i=0;i<l.length;i++){l[i].src=l[i].getAttribute("data-src");}})();
