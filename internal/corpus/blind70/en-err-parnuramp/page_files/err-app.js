document.addEventListener('DOMContentLoaded',function(){document.querySelectorAll('img.lazy').forEach(function(i){});});
