window.PI=window.PI||{};PI.lazy=function(){document.querySelectorAll("img.lazy").forEach(function(i){i.src=i.dataset.src})};
