document.querySelectorAll('img.lazy').forEach(function(i){new IntersectionObserver(function(e,o){if(e[0].isIntersecting){i.src=i.dataset.src;o.disconnect()}}).observe(i)});
