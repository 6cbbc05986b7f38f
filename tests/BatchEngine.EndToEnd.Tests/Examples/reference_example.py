import requests
import time

# 1. Upload batch
files = [
    ('files', open('doc1.pdf', 'rb')),
    ('files', open('doc2.pdf', 'rb')),
    ('files', open('doc3.pdf', 'rb')),
]
response = requests.post('http://localhost:8000/batch/upload', files=files)
job_id = response.json()['job_id']

# 2. Poll for completion
while True:
    status = requests.get(f'http://localhost:8000/status/{job_id}').json()
    print(f"Progress: {status['progress']:.1f}%")
    
    if status['status'] == 'completed':
        break
    
    time.sleep(2)

# 3. Get results
for doc in status['documents']:
    if doc['status'] == 'completed':
        result = requests.get(f'http://localhost:8000/documents/{doc["doc_id"]}').json()
        print(f"{doc['filename']}: {result['classification']['final_category']}")
