document.querySelectorAll('.consent-embed__btn').forEach(function(b){b.addEventListener('click',function(){b.parentNode.classList.add('is-loading')})});
