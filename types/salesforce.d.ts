// Base components and @salesforce/* modules typed by Salesforce (developer preview).
import '@salesforce/lightning-types';
