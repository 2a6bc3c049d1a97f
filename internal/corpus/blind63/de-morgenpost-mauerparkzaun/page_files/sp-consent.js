window._sp_=window._sp_||{config:{accountId:1089,baseEndpoint:"https://cdn.privacy-mgmt.com"}};
