document.addEventListener('DOMContentLoaded',function(){document.querySelectorAll('img.lazyload').forEach(function(i){i.src=i.getAttribute('data-src')})});
