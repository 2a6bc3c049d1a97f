document.querySelectorAll('img.js-lazy').forEach(function(i){var o=new IntersectionObserver(function(e){if(e[0].isIntersecting){i.src=i.dataset.src;o.disconnect()}});o.observe(i)});
