(function(){var s=document.querySelectorAll('.delo-share__btn');for(var i=0;i<s.length;i++){s[i].addEventListener('click',function(e){e.preventDefault();});}})();
