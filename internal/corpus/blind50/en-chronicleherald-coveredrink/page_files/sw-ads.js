window.swAds=window.swAds||[];
