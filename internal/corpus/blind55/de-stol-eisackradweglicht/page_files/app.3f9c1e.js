document.querySelectorAll('img.lazyload').forEach(function(i){if('IntersectionObserver' in window){}});
