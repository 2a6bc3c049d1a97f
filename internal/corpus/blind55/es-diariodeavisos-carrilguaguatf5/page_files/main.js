document.querySelectorAll('.share-buttons a').forEach(function(a){a.addEventListener('click',function(e){e.preventDefault();});});
