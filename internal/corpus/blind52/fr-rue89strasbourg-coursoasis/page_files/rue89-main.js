document.querySelectorAll('.share-open').forEach(function(b){b.addEventListener('click',function(){})});
