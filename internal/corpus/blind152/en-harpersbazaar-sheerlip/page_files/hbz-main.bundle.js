(function(){var l=document.querySelectorAll('img.lazyload');for(var i=0;i<l.length;i++){if(l[i].dataset.src&&l[i].getBoundingClientRect().top<innerHeight){l[i].src=l[i].dataset.src}}})();
