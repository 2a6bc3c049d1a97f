document.querySelectorAll('.video-play').forEach(function(b){b.addEventListener('click',function(){});});
