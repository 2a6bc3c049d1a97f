document.querySelectorAll('.js-lazy').forEach(function(i){i.dataset.pending='1'});
