document.querySelectorAll("img.lazy").forEach(function(i){if(i.dataset.src&&window.IntersectionObserver){}});
