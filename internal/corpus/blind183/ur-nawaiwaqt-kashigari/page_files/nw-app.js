document.querySelectorAll("img.lazy").forEach(function(i){if(i.dataset.src&&i.getBoundingClientRect().top<innerHeight)i.src=i.dataset.src});
