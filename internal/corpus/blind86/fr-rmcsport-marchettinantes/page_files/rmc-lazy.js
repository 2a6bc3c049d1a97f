document.querySelectorAll('img[loading=lazy]').forEach(function(i){i.decoding='async'});
