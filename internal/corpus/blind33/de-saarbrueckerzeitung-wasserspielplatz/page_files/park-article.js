document.addEventListener('DOMContentLoaded',function(){var t=document.querySelector('.park-article__tools');if(t){t.dataset.ready='1';}});
