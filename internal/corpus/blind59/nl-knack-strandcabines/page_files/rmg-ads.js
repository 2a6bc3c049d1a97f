window.rmgAds=[];
